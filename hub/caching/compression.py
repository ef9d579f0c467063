"""(Placeholder until the compression middleware lands: no encoding is chosen.)"""


def chosen_encoding(request):
    return ""

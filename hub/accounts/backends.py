from axes.backends import AxesStandaloneBackend


class AxesUnlessNoRequest(AxesStandaloneBackend):
    """For the test settings only: axes' lock, except for authenticate() calls made without
    a request (the test client's login()), which axes would otherwise refuse with an error."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ProblemReport


class ProblemReportForm(forms.ModelForm):
    # A field people never see (hidden by CSS and from screen readers); bots fill it in.
    website = forms.CharField(required=False, label=_("Leave this empty"))

    class Meta:
        model = ProblemReport
        fields = ["kind", "details"]
        widgets = {
            "kind": forms.RadioSelect,
            "details": forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
        }
        # Our own words, so they exist in every hub language (Django has no Somali/Tagalog).
        error_messages = {
            "kind": {
                "required": _("Please choose what is wrong."),
                "invalid_choice": _("Please choose what is wrong."),
            },
            "details": {"max_length": _("Please use at most 1000 characters.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Radio buttons need no empty "---------" choice: none is ticked until the family picks.
        self.fields["kind"].choices = ProblemReport.Kind.choices

    def clean(self):
        data = super().clean()
        if data.get("kind") == ProblemReport.Kind.OTHER and not data.get("details", "").strip():
            self.add_error("details", _("Please say what is wrong."))
        return data

    def is_bot(self):
        return bool(self.cleaned_data.get("website"))

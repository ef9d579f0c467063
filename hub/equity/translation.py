"""Group names are shown to families on the equity page, in their language."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import PopulationGroup


@register(PopulationGroup)
class PopulationGroupTranslation(TranslationOptions):
    fields = ("name",)

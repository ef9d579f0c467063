from django.db import migrations, models

TEXTS = {"title", "summary", "organization", "path", "text_all"}


def fill_facts(apps, schema_editor):
    """Documents indexed before this change get their matching facts from the stored document."""
    OpportunityDocument = apps.get_model("search", "OpportunityDocument")
    for row in OpportunityDocument.objects.all().iterator():
        row.facts = {k: v for k, v in row.data.items() if k not in TEXTS}
        row.text_all = row.data.get("text_all", "")
        row.save(update_fields=["facts", "text_all"])


class Migration(migrations.Migration):

    dependencies = [
        ('search', '0001_initial'),
    ]

    operations = [
        migrations.AddField(
            model_name='opportunitydocument',
            name='facts',
            field=models.JSONField(default=dict),
        ),
        migrations.AddField(
            model_name='opportunitydocument',
            name='text_all',
            field=models.TextField(blank=True),
        ),
        migrations.RunPython(fill_facts, migrations.RunPython.noop),
    ]

from django_tasks import task

from . import jobs


@task(backend="imports")
def run_import_job(job_id):
    """An HSDS or spreadsheet import, run by `manage.py import_worker`."""
    return jobs.run(job_id)

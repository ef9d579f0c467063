"""The task backend of long imports (TASKS["imports"]): the ImportJob row is the queue.

django-tasks 0.12 moved its database backend and `db_worker` into a separate package the hub
does not install; an import already has a row that says whether it is waiting, so `enqueue`
only checks the task and the worker (`manage.py import_worker`) takes waiting rows from that
table. Wagtail's own tasks stay on the "default" backend."""

from django_tasks.backends.base import BaseTaskBackend
from django_tasks.base import TaskResult, TaskResultStatus
from django_tasks.exceptions import InvalidTaskError


class ImportJobBackend(BaseTaskBackend):
    def enqueue(self, task, args, kwargs):
        self.validate_task(task)
        if kwargs or len(args) != 1:
            raise InvalidTaskError("An import task takes one argument: its ImportJob's id.")
        return TaskResult(
            task=task,
            id=str(args[0]),
            status=TaskResultStatus.READY,
            enqueued_at=None,
            started_at=None,
            last_attempted_at=None,
            finished_at=None,
            args=list(args),
            kwargs={},
            backend=self.alias,
            errors=[],
            worker_ids=[],
        )

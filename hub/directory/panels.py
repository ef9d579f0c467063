"""Edit-form tabs other apps add to a page type, through a hook, so the content app need not
know them (equity's participant counts on a program)."""

from wagtail import hooks
from wagtail.admin.panels import TabbedInterface


class TabbedInterfaceWithHooks(TabbedInterface):
    """The tabs given, with the tabs of every function registered for `hook_name` (each
    returns a list of ObjectList) before the last one (Promote). Read when the panel is bound
    to its model, at the first use of the edit form, once every app's hooks are registered."""

    def __init__(self, children=(), *args, hook_name, **kwargs):
        super().__init__(children, *args, **kwargs)
        self.hook_name = hook_name

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "hook_name": self.hook_name}

    def on_model_bound(self):
        added = [tab for tabs in hooks.get_hooks(self.hook_name) for tab in tabs()]
        self.children = [*self.children[:-1], *added, *self.children[-1:]]
        super().on_model_bound()

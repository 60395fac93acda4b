from django.apps import AppConfig


class WorkstreamsConfig(AppConfig):
    name = "workstreams"
    verbose_name = "Workstreams"

    def ready(self):
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()

    def load_demo_content(self, home_page) -> int:
        from .demo import load_demo_workstreams

        return load_demo_workstreams(home_page)

    def generate_content(self, home_page, count: int) -> None:
        from .demo import generate_workstream_content

        generate_workstream_content(home_page, count)

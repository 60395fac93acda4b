from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "Network"

    def load_demo_content(self, home_page) -> int:
        from .demo import load_demo_network

        return load_demo_network(home_page)

    def generate_content(self, home_page, count: int) -> None:
        from .demo import generate_network_content

        generate_network_content(home_page, count)

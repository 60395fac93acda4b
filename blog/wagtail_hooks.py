from wagtail_modeladmin.options import ModelAdmin, modeladmin_register

from .models import FeedSource


@modeladmin_register
class FeedSourceAdmin(ModelAdmin):
    model = FeedSource
    menu_label = "Blog feeds to import"
    menu_icon = "link"
    menu_order = 260
    list_display = (
        "name",
        "feed_url",
        "publish_immediately",
        "last_success_at",
        "last_error_at",
        "last_error",
    )
    search_fields = ("name", "feed_url")
    inspect_view_enabled = True

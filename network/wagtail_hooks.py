from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from .models import Organisation, Person, ServiceArea


class OrganisationAdmin(ModelAdmin):
    model = Organisation
    menu_icon = "site"
    list_display = ("name", "type", "region", "gss_code")
    list_filter = ("type", "region")
    search_fields = ("name", "gss_code")


class PersonAdmin(ModelAdmin):
    model = Person
    menu_icon = "user"
    list_display = ("name", "role", "organisation")
    list_filter = ("organisation__type", "organisation__region")
    list_select_related = ("organisation",)
    search_fields = ("name", "role", "organisation__name")


class ServiceAreaAdmin(ModelAdmin):
    model = ServiceArea
    menu_icon = "list-ul"
    list_display = ("name", "slug")
    search_fields = ("name",)


@modeladmin_register
class DirectoryAdminGroup(ModelAdminGroup):
    menu_label = "Directory"
    menu_icon = "group"
    menu_order = 250
    items = (OrganisationAdmin, PersonAdmin, ServiceAreaAdmin)

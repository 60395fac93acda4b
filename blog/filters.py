import django_filters

from network.filters import ContentFilterSet
from network.models import Person


def blog_authors(request):
    return Person.objects.filter(blog_authorships__isnull=False).distinct().order_by("name")


class BlogFilterSet(ContentFilterSet):
    author = django_filters.ModelChoiceFilter(
        queryset=blog_authors,
        to_field_name="slug",
        empty_label="Any author",
        method="filter_author",
        label="Author",
    )

    phrases = {**ContentFilterSet.phrases, "author": "by {}"}

    def filter_author(self, queryset, name, person):
        return queryset.by_author(person)

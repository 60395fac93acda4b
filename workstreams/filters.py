import django_filters

from network.filters import ContentFilterSet
from network.models import ServiceArea

from .choices import Phase


def live_workstreams(request):
    # Imported here: the models import these filter sets.
    from .models import WorkstreamPage

    return WorkstreamPage.objects.live().public().order_by("title")


class CaseStudyFilterSet(ContentFilterSet):
    service_area = django_filters.ModelChoiceFilter(
        queryset=ServiceArea.objects.all(),
        to_field_name="slug",
        empty_label="Any service area",
        label="Service area",
    )
    workstream = django_filters.ModelChoiceFilter(
        queryset=live_workstreams,
        to_field_name="slug",
        empty_label="Any workstream",
        method="filter_workstream",
        label="Workstream",
    )

    phrases = {
        **ContentFilterSet.phrases,
        "service_area": "in the {} service area",
        "workstream": "in the {} workstream",
    }

    def filter_workstream(self, queryset, name, workstream):
        return queryset.descendant_of(workstream)


class ProjectFilterSet(CaseStudyFilterSet):
    phase = django_filters.ChoiceFilter(choices=Phase.choices, empty_label="Any phase", label="Phase")

    phrases = {**CaseStudyFilterSet.phrases, "phase": "in {}"}

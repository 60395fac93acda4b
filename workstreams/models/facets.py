class WorkstreamItemFacets:
    """The search facets case studies and projects share: their workstream and service area."""

    def search_facets(self) -> dict:
        # Imported here: the workstream module imports the item models.
        from .workstream import WorkstreamPage

        return {
            **super().search_facets(),
            "workstream": list(WorkstreamPage.objects.ancestor_of(self).values_list("pk", flat=True)),
            "service_area": [self.service_area_id] if self.service_area_id else [],
        }

from django.contrib.contenttypes.models import ContentType
from django.db import models


class SearchFacet(models.Model):
    """One facet key ("tag:12") of one indexed object: the database's index of search facets.

    Kept current by the "facets" search backend (search.facet_index), so it is updated
    whenever Wagtail's search index is, and rebuilt by `manage.py update_index`. Objects are
    recorded under their model's top indexed type (Page, Organisation, Person), as searches
    query them.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveIntegerField()
    key = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "key"], name="one_row_per_facet_key")
        ]
        indexes = [models.Index(fields=["content_type", "key", "object_id"])]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id}: {self.key}"

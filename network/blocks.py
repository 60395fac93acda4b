"""StreamField blocks shared by every page type with a free-form body."""

from wagtail import blocks
from wagtail.images.blocks import ImageBlock


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock()
    attribution = blocks.CharBlock(required=False)

    class Meta:
        icon = "openquote"
        template = "network/blocks/quote_block.html"


class BodyStreamBlock(blocks.StreamBlock):
    heading = blocks.CharBlock(
        form_classname="title", icon="title", template="network/blocks/heading_block.html"
    )
    paragraph = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul", "h3", "document-link"])
    image = ImageBlock()
    quote = QuoteBlock()

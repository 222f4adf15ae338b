namespace NewsBot.Coverage.Ingestion;

// What one line of a scraped page is.
internal enum LineKind
{
    Blank,

    // A paragraph of running text: enough words, ends like a sentence (or holds several sentences).
    Prose,

    // Short text that is not a sentence: headlines, section headings, bylines, datelines, site and outlet names.
    Heading,

    // Site chrome: links, image addresses, videos, prompts, counters, timestamps, cut-off teasers.
    Furniture,

    // Opens a block of other stories or comments ("Related", "You may also like", "Comments / 4").
    TailMarker,
}

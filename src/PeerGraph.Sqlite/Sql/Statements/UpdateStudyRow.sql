-- Rewrites study $id's own row in place (its rowid, and so its search document's key, stays): for an upsert whose
-- only difference from the stored study is in this row, the journal and the theme count aside
-- (SqliteRecordWriter.Unchanged.cs). Values as InsertStudy.sql takes them.
UPDATE study SET title = $title, title_sort = $title_sort, title_is_derived = $title_is_derived, abstract = $abstract, year = $year,
  published_on = $published_on, doi = $doi, doi_key = $doi_key, url = $url, journal_id = $journal_id, volume = $volume, issue = $issue,
  pages = $pages, design = $design, location = $location, data_collected_from = $data_collected_from, data_collected_to = $data_collected_to,
  keywords = $keywords, citation_count = $citation_count, source_file = $source_file, source_kind = $source_kind, theme_count = $theme_count
WHERE id = $id;

-- Study $study's own row as InsertStudy.sql wrote it, its columns in the order of that statement's values after the
-- id: an upsert compares it with the row it would write (SqliteRecordWriter.Unchanged.cs).
SELECT title, title_sort, title_is_derived, abstract, year, published_on, doi, doi_key, url, journal_id, volume, issue, pages,
  design, location, data_collected_from, data_collected_to, keywords, citation_count, source_file, source_kind, theme_count
FROM study
WHERE id = $study;

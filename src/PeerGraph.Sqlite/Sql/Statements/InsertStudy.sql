-- A study's own row (the study must not exist); $keywords a JSON list, $theme_count the number of distinct themes its
-- findings name.
INSERT INTO study (id, title, title_sort, title_is_derived, abstract, year, published_on, doi, doi_key, url, journal_id, volume, issue, pages,
  design, location, data_collected_from, data_collected_to, keywords, citation_count, source_file, source_kind, theme_count)
VALUES ($id, $title, $title_sort, $title_is_derived, $abstract, $year, $published_on, $doi, $doi_key, $url, $journal_id, $volume, $issue, $pages,
  $design, $location, $data_collected_from, $data_collected_to, $keywords, $citation_count, $source_file, $source_kind, $theme_count);

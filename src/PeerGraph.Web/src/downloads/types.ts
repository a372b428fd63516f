// What the download writers need of a study (the fields the pages ask for).
export interface CitedStudy {
  id: string;
  title: string;
  year?: number | null;
  publishedOn?: string | null;
  doi?: string | null;
  url?: string | null;
  abstract?: string | null;
  journal?: { name: string } | null;
  volume?: string | null;
  issue?: string | null;
  pages?: string | null;
  authors: { name: string }[];
  keywords?: string[];
  citationCount?: number | null;
}

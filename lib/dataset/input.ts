import type { ParsedArticle } from './parse-article';
import type { ParsedCsv } from './parse-csv';

/** The dataset's files, read and checked: what an import writes. */
export type DatasetInput = { csvs: ParsedCsv[]; articles: ParsedArticle[] };

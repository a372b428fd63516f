import type { CitedStudy } from '../downloads/types';

export const study: CitedStudy = {
  id: 'Study:pushing-2014',
  title: 'Pushing, Patience, and Persistence',
  year: 2014,
  publishedOn: '2014-10-02',
  doi: '10.1080/15487768.2014.967141',
  url: null,
  abstract: 'Peer providers {describe} 50% of\nrelationships & more',
  journal: { name: 'American journal of psychiatric rehabilitation' },
  volume: '17',
  issue: '4',
  pages: '307–328',
  authors: [{ name: 'Sarah N. Mourra' }, { name: 'Larry Davidson' }],
  keywords: ['peer support', 'relationships'],
  citationCount: 12,
};

export const untitledStudy: CitedStudy = { id: 'Study:diaries', title: 'Diaries', authors: [] };

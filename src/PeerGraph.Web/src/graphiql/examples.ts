// The five questions of the README, loaded as GraphiQL tabs, and a mutation showing where the API key goes.
export interface Example {
  title: string;
  query: string;
  headers?: string;
}

export const examples: Example[] = [
  {
    title: 'Which studies sampled supervisors?',
    query: `# Which studies sampled supervisors?
query SupervisorStudies {
  studies(where: { participantGroupIds: ["StakeholderGroup:supervisor"] }) {
    totalCount
    nodes { title year participants { group { name } count } }
  }
}
`,
  },
  {
    title: "Which themes come from the clients' perspective?",
    query: `# Which themes come from the clients' perspective?
query ClientThemes {
  stakeholderGroup(id: "client") {
    themes { name }
    findings { statement evidence theme { name } }
  }
}
`,
  },
  {
    title: 'Where is evidence missing?',
    query: `# Where is evidence missing? (the gaps of the evidence map)
query EvidenceGaps {
  evidenceMap { gaps { theme { name } group { name } } }
}
`,
  },
  {
    title: 'What do non-peer providers say about peer specialists?',
    query: `# What do non-peer providers say about peer specialists, with the evidence?
query ProvidersOnPeerSpecialists {
  stakeholderGroup(id: "non-peer-provider") {
    findings { statement evidence about { name } study { title } }
  }
}
`,
  },
  {
    title: 'A study and the studies related to it',
    query: `# A study and the studies related to it (Jaccard similarity of their theme sets)
query RelatedStudies {
  study(id: "pushing-patience-persistence-2014") {
    title
    authors { name }
    relatedStudies(first: 2) { similarity study { title } sharedThemes { name } }
  }
}
`,
  },
  {
    title: 'A mutation (needs an API key)',
    query: `# Mutations need an API key (PeerGraph:ApiKeys): put yours in the Authorization header below.
mutation UpsertExampleTheme {
  upsertTheme(input: { id: "example-theme", name: "An example theme", parentId: "role-clarity" }) {
    theme { id name parent { name } }
    errors { field message code }
  }
}
`,
    headers: `{
  "Authorization": "Bearer <your API key>"
}`,
  },
];

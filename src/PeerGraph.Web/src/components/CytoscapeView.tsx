import { useEffect, useRef } from 'react';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { LABELS, RELATIONSHIP_COLOR, styleOf } from '../lib/neo4jStyle';

export interface CytoscapeViewProps {
  elements: ElementDefinition[];
  label: string;
  onTap?: (id: string) => void;
  onHover?: (id: string | null) => void;
  /** Edge widths come from data(width) when set. */
  weighted?: boolean;
}

function stylesheet(weighted: boolean): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(caption)',
        'font-size': 9,
        'text-wrap': 'ellipsis',
        'text-max-width': '90px',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        color: '#1d2630',
        'border-width': 2,
      },
    },
    ...LABELS.map((label) => {
      const s = styleOf(label);
      return {
        selector: `node.${label}`,
        style: { 'background-color': s.color, 'border-color': s.borderColor, width: s.diameter / 2, height: s.diameter / 2 },
      };
    }),
    { selector: 'node.centre', style: { 'border-width': 5, 'border-color': '#1d2630' } },
    {
      selector: 'edge',
      style: {
        width: weighted ? 'data(width)' : 1,
        'line-color': RELATIONSHIP_COLOR,
        'target-arrow-color': RELATIONSHIP_COLOR,
        'target-arrow-shape': weighted ? 'none' : 'triangle',
        'curve-style': 'bezier',
        label: weighted ? '' : 'data(type)',
        'font-size': 6,
        color: '#555',
        'text-rotation': 'autorotate',
      },
    },
  ] as cytoscape.StylesheetJson;
}

/** A cytoscape.js drawing with a force-directed layout (cose), redrawn when the elements change. */
export function CytoscapeView({ elements, label, onTap, onHover, weighted = false }: CytoscapeViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const handlers = useRef({ onTap, onHover });
  handlers.current = { onTap, onHover };

  useEffect(() => {
    const instance = cytoscape({ container: container.current, style: stylesheet(weighted), wheelSensitivity: 0.3 });
    instance.on('tap', 'node', (event) => handlers.current.onTap?.(event.target.id()));
    instance.on('mouseover', 'node', (event) => handlers.current.onHover?.(event.target.id()));
    instance.on('mouseout', 'node', () => handlers.current.onHover?.(null));
    cy.current = instance;
    return () => instance.destroy();
  }, [weighted]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements().remove();
      instance.add(elements);
    });
    instance.layout({ name: 'cose', animate: false, nodeDimensionsIncludeLabels: true, randomize: true } as cytoscape.LayoutOptions).run();
    instance.fit(undefined, 20);
  }, [elements]);

  return <div ref={container} className="cytoscape" role="img" aria-label={label} data-node-count={elements.filter((e) => !e.data.source).length} />;
}

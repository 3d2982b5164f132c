import { EXAMPLE_QUERIES } from './examples';

/**
 * Returns the explorer's HTML page. Scripts and styles come from the gateway's own
 * `/explorer/` assets, never from a CDN.
 */
export function explorerPage(): string {
  const tabs = EXAMPLE_QUERIES.map((e) => ({
    query: e.query,
    variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
  }));
  // Escape "<" so a query containing "</script>" cannot end the script block.
  const tabsJson = JSON.stringify(tabs).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Iraq national data graph: explorer</title>
  <link rel="stylesheet" href="/explorer/graphiql.min.css">
  <style>html, body, #explorer { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="explorer">Loading the explorer…</div>
  <script src="/explorer/react.production.min.js"></script>
  <script src="/explorer/react-dom.production.min.js"></script>
  <script src="/explorer/graphiql.min.js"></script>
  <script>
    const tabs = ${tabsJson};
    const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
    const root = ReactDOM.createRoot(document.getElementById('explorer'));
    root.render(React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true }));
  </script>
</body>
</html>`;
}

/** n8n names the tool variant of a node `<type>Tool` (n8n-core decides tool mode the same way). */
export function isToolMode(nodeType: string): boolean {
	return nodeType.endsWith('Tool');
}

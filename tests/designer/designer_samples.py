"""Sample flows and a field source shared by the designer tests."""

from runtime.catalog import get_catalog
from runtime.flows.model import Edge, Endpoint, Flow, Node


def all_types_flow() -> Flow:
    """One node of every catalog type, chained through each one's first output port."""
    catalog = get_catalog()
    nodes: list[Node] = []
    edges: list[Edge] = []
    previous: Node | None = None
    for i, nt in enumerate(catalog):
        node = Node(
            id=f"00000000-0000-4000-8000-{i:012d}",
            type=nt.id,
            title="" if i % 2 else f"Paso {i}",
            config=nt.default_config(),
            position=(i * 260.0, (i % 3) * 130.5),
        )
        nodes.append(node)
        if previous is not None and nt.kind != "trigger":
            port = catalog.get(previous.type).output_ports(previous.config)[0].name
            edges.append(Edge(Endpoint(previous.id, port), Endpoint(node.id, "in")))
        previous = node
    # a second edge out of the same port and a loop back, to test order and cycles
    edges.append(Edge(Endpoint(nodes[-1].id, catalog.get(nodes[-1].type)
                               .output_ports(nodes[-1].config)[0].name),
                      Endpoint(nodes[8].id, "in")))
    return Flow(id="11111111-2222-4333-8444-555555555555", name="Todos los tipos",
                description="cada tipo una vez", nodes=nodes, edges=edges)


class FakeSource:
    """A field source with the shapes of the local CRM."""

    def fields(self):
        return [{"path": "contact.first_name", "title": "first_name"},
                {"path": "contact.city", "title": "city"}]

    def tags(self):
        return [{"name": "vip"}, {"name": "webinar"}]

    def users(self):
        return [{"id": "1", "name": "Ana", "email": "ana@example.com"}]

    def pipelines(self):
        return [{"id": "1", "name": "Ventas", "stages": [{"id": "1", "name": "Nuevo"},
                                                         {"id": "2", "name": "Ganado"}]}]

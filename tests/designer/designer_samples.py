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


def brief_flow() -> Flow:
    """The issue's flow: tag "cliente" -> email -> wait 4 days -> city is Madrid? -> task / tag "fuera"."""
    def node(i: int, type_id: str, **config) -> Node:
        nt = get_catalog().get(type_id)
        return Node(id=f"00000000-0000-4000-8000-0000000000{i:02d}", type=type_id,
                    config={**nt.default_config(), **config})

    nodes = [node(1, "trigger.tag_added", tag="cliente"),
             node(2, "action.send_email", subject="Hola", body="Bienvenida"),
             node(3, "wait.duration", amount=4, unit="days"),
             node(4, "decision.if", condition={"match": "all", "rules": [
                 {"field": "contact.city", "op": "equals", "value": "Madrid"}]}),
             node(5, "action.create_task", title="Llamar"),
             node(6, "action.add_tag", tag="fuera")]
    ids = [n.id for n in nodes]
    edges = [Edge(Endpoint(ids[0], "out"), Endpoint(ids[1], "in")),
             Edge(Endpoint(ids[1], "out"), Endpoint(ids[2], "in")),
             Edge(Endpoint(ids[2], "out"), Endpoint(ids[3], "in")),
             Edge(Endpoint(ids[3], "yes"), Endpoint(ids[4], "in")),
             Edge(Endpoint(ids[3], "no"), Endpoint(ids[5], "in"))]
    return Flow(id="33333333-0000-4000-8000-000000000000", name="Madrid", nodes=nodes, edges=edges)


def big_flow(count: int = 64) -> Flow:
    """A trigger then `count - 1` steps: decisions every 7th node, so branches fan out."""
    catalog = get_catalog()
    nodes = [Node(id=f"00000000-0000-4000-9000-{0:012d}", type="trigger.manual")]
    edges: list[Edge] = []
    for i in range(1, count):
        type_id = "decision.if" if i % 7 == 0 else ("wait.duration" if i % 3 == 0 else "action.add_tag")
        nodes.append(Node(id=f"00000000-0000-4000-9000-{i:012d}", type=type_id, title=f"Paso {i}",
                          config={**catalog.get(type_id).default_config(), **({"tag": f"t{i}"}
                                                                             if type_id == "action.add_tag" else {})}))
        parent = nodes[(i - 1) // 2 if i > 2 else i - 1]
        ports = catalog.get(parent.type).output_ports(parent.config)
        port = ports[(i % len(ports))].name
        edges.append(Edge(Endpoint(parent.id, port), Endpoint(nodes[-1].id, "in")))
    return Flow(id="44444444-0000-4000-8000-000000000000", name="Grande", nodes=nodes, edges=edges)

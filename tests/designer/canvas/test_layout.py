"""The layered layout: layers by longest path, cycles, diamonds, no overlaps, big graphs, top-down
with branches side by side under their decision."""

from designer.canvas.layout import layers, layout


def _no_overlap(pos, sizes):
    rects = [(x, y, x + sizes[n][0], y + sizes[n][1]) for n, (x, y) in pos.items()]
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]


def test_longest_path_layering_on_a_diamond():
    edges = [("t", "a"), ("t", "b"), ("a", "c"), ("b", "d"), ("d", "c")]
    assert layers(["t", "a", "b", "c", "d"], edges, ["t"]) == {
        "t": 0, "a": 1, "b": 1, "d": 2, "c": 3}


def test_cycles_do_not_loop_and_keep_left_to_right():
    ids = ["t", "a", "w", "d"]
    edges = [("t", "a"), ("a", "w"), ("w", "d"), ("d", "a")]
    got = layers(ids, edges, ["t"])
    assert got == {"t": 0, "a": 1, "w": 2, "d": 3}


def test_no_overlaps_with_mixed_sizes():
    ids = [str(i) for i in range(40)]
    edges = [(str(i), str(i * 2 + 1)) for i in range(19)] + [(str(i), str(i * 2 + 2))
                                                              for i in range(19)]
    sizes = {n: (150 + int(n) * 3, 60 + int(n) % 5 * 20) for n in ids}
    for down in (True, False):
        pos = layout(ids, edges, sizes, ["0"], down=down)
        _no_overlap(pos, sizes)
        axis = 1 if down else 0
        assert pos["1"][axis] > pos["0"][axis]


def test_two_thousand_chained_nodes_with_diamonds_and_a_loop():
    ids = [str(i) for i in range(2000)]
    edges = [(str(i), str(i + 1)) for i in range(1999)]
    edges += [(str(i), str(i + 2)) for i in range(0, 1998, 3)]
    edges.append(("1999", "0"))
    sizes = {n: (220.0, 80.0) for n in ids}
    for down in (True, False):
        pos = layout(ids, edges, sizes, ["0"], down=down)
        assert len(pos) == 2000
        steps = [pos[str(i)][1 if down else 0] for i in range(2000)]
        assert steps == sorted(steps) and len(set(steps)) == 2000


def test_top_down_puts_the_trigger_on_top_and_branches_side_by_side_in_port_order():
    ids = ["t", "mail", "wait", "if", "task", "tag"]
    edges = [("t", "mail"), ("mail", "wait"), ("wait", "if"), ("if", "task"), ("if", "tag")]
    sizes = {n: (240.0, 70.0) for n in ids}
    rank = {("if", "task"): 0, ("if", "tag"): 1}
    pos = layout(list(reversed(ids)), edges, sizes, ["t"], port_rank=rank)
    _no_overlap(pos, sizes)
    ys = [pos[n][1] for n in ("t", "mail", "wait", "if")]
    assert ys == sorted(ys) and len(set(ys)) == 4  # a straight column, trigger on top
    assert len({pos[n][0] for n in ("t", "mail", "wait", "if")}) == 1
    assert pos["task"][1] == pos["tag"][1] > pos["if"][1]  # the branches side by side, below
    assert pos["task"][0] < pos["if"][0] < pos["tag"][0]  # "yes" left, "no" right, centred
    mid = (pos["task"][0] + pos["tag"][0]) / 2
    assert abs(mid - pos["if"][0]) < 1e-6

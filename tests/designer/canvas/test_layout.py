"""The layered layout: columns by longest path, cycles, diamonds, no overlaps, big graphs."""

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
    pos = layout(ids, edges, sizes, ["0"])
    _no_overlap(pos, sizes)
    assert pos["1"][0] > pos["0"][0]


def test_two_thousand_chained_nodes_with_diamonds_and_a_loop():
    ids = [str(i) for i in range(2000)]
    edges = [(str(i), str(i + 1)) for i in range(1999)]
    edges += [(str(i), str(i + 2)) for i in range(0, 1998, 3)]
    edges.append(("1999", "0"))
    sizes = {n: (220.0, 80.0) for n in ids}
    pos = layout(ids, edges, sizes, ["0"])
    assert len(pos) == 2000
    xs = [pos[str(i)][0] for i in range(2000)]
    assert xs == sorted(xs) and len(set(xs)) == 2000

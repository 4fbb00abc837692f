"""Adding steps in order: with a node selected, a palette double-click (or Tab) puts the new step
below it, wired from its first free output; a decision's branches side by side in port order."""

from __future__ import annotations

from runtime.flows.model import Flow


def test_picking_steps_in_the_palette_builds_a_wired_chain_below_the_selected_node(editor):
    editor.load_flow(Flow(id="f", name="x"))
    palette = editor.palette_widget

    def pick(type_id):
        palette.tree.itemDoubleClicked.emit(palette.item_for(type_id), 0)
        return editor.selected_node_ids()[0]

    trigger = pick("trigger.tag_added")  # nothing selected: at the view's centre
    mail = pick("action.send_email")  # the trigger was selected: wired below it
    decision = pick("decision.if")
    yes = pick("action.create_task")  # the decision's first free output: "yes"
    editor.doc.select([decision])
    no = pick("action.add_tag")  # then "no"
    flow = editor.flow()
    assert [(e.source.node, e.source.port, e.target.node) for e in flow.edges] == [
        (trigger, "out", mail), (mail, "out", decision), (decision, "yes", yes), (decision, "no", no)]
    pos = {n.id: n.position for n in flow.nodes}
    assert pos[trigger][1] < pos[mail][1] < pos[decision][1] < pos[yes][1] == pos[no][1]
    assert pos[yes][0] < pos[no][0]  # "yes" left, "no" right
    editor.undo_stack.undo()
    assert len(editor.flow().nodes) == 4 and len(editor.flow().edges) == 3  # one step each

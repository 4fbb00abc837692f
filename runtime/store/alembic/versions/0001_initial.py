"""Initial schema: flows, flow versions, the local CRM, change events and runtime tables.

Revision ID: 0001
Revises:
Create Date: 2026-01-01

Written out table by table (not create_all) so later revisions have a fixed base.
JSON columns are plain TEXT here: runtime.store.types.JSONText stores text.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('app_settings',
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_settings'))
    )
    op.create_table('change_events',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('crm', sa.String(length=120), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('changes', sa.Text(), nullable=False),
    sa.Column('origin', sa.String(length=120), nullable=False),
    sa.Column('occurred_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_change_events'))
    )
    op.create_index('ix_change_events_entity', 'change_events', ['entity', 'entity_id'], unique=False)

    op.create_table('crm_companies',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('domain', sa.String(length=200), nullable=True),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('updated_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_companies')),
    sa.UniqueConstraint('name', name=op.f('uq_crm_companies_name'))
    )
    op.create_table('crm_fields',
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('key', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'key', name=op.f('pk_crm_fields'))
    )
    op.create_table('crm_pipelines',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_pipelines')),
    sa.UniqueConstraint('name', name=op.f('uq_crm_pipelines_name'))
    )
    op.create_table('crm_tags',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_tags')),
    sa.UniqueConstraint('name', name=op.f('uq_crm_tags_name'))
    )
    op.create_table('crm_users',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_users')),
    sa.UniqueConstraint('email', name=op.f('uq_crm_users_email'))
    )
    op.create_table('cursors',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('seen', sa.Text(), nullable=True),
    sa.Column('updated_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_cursors'))
    )
    op.create_table('flows',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('document', sa.Text(), nullable=False),
    sa.Column('is_active', sa.Boolean(), nullable=False),
    sa.Column('active_version_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('updated_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flows')),
    sa.UniqueConstraint('name', name=op.f('uq_flows_name'))
    )
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('idempotency_key', sa.String(length=200), nullable=False),
    sa.Column('account', sa.String(length=120), nullable=False),
    sa.Column('sender', sa.String(length=320), nullable=False),
    sa.Column('recipient', sa.String(length=320), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('body_html', sa.Text(), nullable=False),
    sa.Column('body_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_outbox_idempotency_key'))
    )
    op.create_table('crm_contacts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('first_name', sa.String(length=200), nullable=False),
    sa.Column('last_name', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=64), nullable=False),
    sa.Column('company_id', sa.Integer(), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('lifecycle_stage', sa.String(length=64), nullable=False),
    sa.Column('source', sa.String(length=120), nullable=False),
    sa.Column('custom', sa.Text(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('updated_at', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['company_id'], ['crm_companies.id'], name=op.f('fk_crm_contacts_company_id_crm_companies')),
    sa.ForeignKeyConstraint(['owner_id'], ['crm_users.id'], name=op.f('fk_crm_contacts_owner_id_crm_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_contacts')),
    sa.UniqueConstraint('email', name=op.f('uq_crm_contacts_email'))
    )
    op.create_index('ix_crm_contacts_company', 'crm_contacts', ['company_id'], unique=False)
    op.create_index('ix_crm_contacts_created', 'crm_contacts', ['created_at'], unique=False)
    op.create_index('ix_crm_contacts_first_name', 'crm_contacts', ['first_name'], unique=False)
    op.create_index('ix_crm_contacts_name', 'crm_contacts', ['last_name', 'first_name'], unique=False)
    op.create_index('ix_crm_contacts_owner', 'crm_contacts', ['owner_id'], unique=False)
    op.create_index('ix_crm_contacts_updated', 'crm_contacts', ['updated_at'], unique=False)

    op.create_table('crm_stages',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('pipeline_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['pipeline_id'], ['crm_pipelines.id'], name=op.f('fk_crm_stages_pipeline_id_crm_pipelines'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_stages')),
    sa.UniqueConstraint('pipeline_id', 'name', name=op.f('uq_crm_stages_pipeline_id'))
    )
    op.create_table('flow_versions',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('flow_id', sa.String(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('document', sa.Text(), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['flow_id'], ['flows.id'], name=op.f('fk_flow_versions_flow_id_flows'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_flow_versions')),
    sa.UniqueConstraint('flow_id', 'version', name=op.f('uq_flow_versions_flow_id'))
    )
    op.create_table('crm_contact_tags',
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('tag_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['crm_contacts.id'], name=op.f('fk_crm_contact_tags_contact_id_crm_contacts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['tag_id'], ['crm_tags.id'], name=op.f('fk_crm_contact_tags_tag_id_crm_tags'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('contact_id', 'tag_id', name=op.f('pk_crm_contact_tags'))
    )
    op.create_index('ix_crm_contact_tags_tag', 'crm_contact_tags', ['tag_id'], unique=False)

    op.create_table('crm_deals',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('pipeline_id', sa.Integer(), nullable=False),
    sa.Column('stage_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('close_date', sa.String(length=10), nullable=True),
    sa.Column('custom', sa.Text(), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('updated_at', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['crm_contacts.id'], name=op.f('fk_crm_deals_contact_id_crm_contacts')),
    sa.ForeignKeyConstraint(['owner_id'], ['crm_users.id'], name=op.f('fk_crm_deals_owner_id_crm_users')),
    sa.ForeignKeyConstraint(['pipeline_id'], ['crm_pipelines.id'], name=op.f('fk_crm_deals_pipeline_id_crm_pipelines')),
    sa.ForeignKeyConstraint(['stage_id'], ['crm_stages.id'], name=op.f('fk_crm_deals_stage_id_crm_stages')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_deals'))
    )
    op.create_index('ix_crm_deals_contact', 'crm_deals', ['contact_id'], unique=False)
    op.create_index('ix_crm_deals_stage', 'crm_deals', ['stage_id'], unique=False)

    op.create_table('crm_notes',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['contact_id'], ['crm_contacts.id'], name=op.f('fk_crm_notes_contact_id_crm_contacts'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_notes'))
    )
    op.create_index('ix_crm_notes_contact', 'crm_notes', ['contact_id'], unique=False)

    op.create_table('enrollments',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('flow_id', sa.String(length=36), nullable=False),
    sa.Column('flow_version_id', sa.Integer(), nullable=False),
    sa.Column('crm', sa.String(length=120), nullable=False),
    sa.Column('contact_id', sa.String(length=64), nullable=False),
    sa.Column('contact_email', sa.String(length=320), nullable=False),
    sa.Column('trigger_node', sa.String(length=36), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('current_node', sa.String(length=36), nullable=True),
    sa.Column('step_count', sa.Integer(), nullable=False),
    sa.Column('next_due_at', sa.Float(), nullable=True),
    sa.Column('started_at', sa.Float(), nullable=False),
    sa.Column('updated_at', sa.Float(), nullable=False),
    sa.Column('finished_at', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['flow_id'], ['flows.id'], name=op.f('fk_enrollments_flow_id_flows'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['flow_version_id'], ['flow_versions.id'], name=op.f('fk_enrollments_flow_version_id_flow_versions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrollments'))
    )
    op.create_index('ix_enrollments_contact', 'enrollments', ['contact_id', 'flow_id'], unique=False)
    op.create_index('ix_enrollments_flow_status', 'enrollments', ['flow_id', 'status'], unique=False)
    op.create_index('ix_enrollments_updated', 'enrollments', ['updated_at'], unique=False)

    op.create_table('timers',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('flow_version_id', sa.Integer(), nullable=False),
    sa.Column('node_id', sa.String(length=36), nullable=False),
    sa.Column('subject', sa.String(length=64), nullable=False),
    sa.Column('due_at', sa.Float(), nullable=False),
    sa.Column('fired_at', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['flow_version_id'], ['flow_versions.id'], name=op.f('fk_timers_flow_version_id_flow_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_timers')),
    sa.UniqueConstraint('flow_version_id', 'node_id', 'subject', 'due_at', name=op.f('uq_timers_flow_version_id'))
    )
    op.create_index('ix_timers_due', 'timers', ['due_at'], unique=False)

    op.create_table('crm_tasks',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('deal_id', sa.Integer(), nullable=True),
    sa.Column('assignee_id', sa.Integer(), nullable=True),
    sa.Column('due_at', sa.Float(), nullable=True),
    sa.Column('done', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['assignee_id'], ['crm_users.id'], name=op.f('fk_crm_tasks_assignee_id_crm_users')),
    sa.ForeignKeyConstraint(['contact_id'], ['crm_contacts.id'], name=op.f('fk_crm_tasks_contact_id_crm_contacts')),
    sa.ForeignKeyConstraint(['deal_id'], ['crm_deals.id'], name=op.f('fk_crm_tasks_deal_id_crm_deals')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_crm_tasks'))
    )
    op.create_index('ix_crm_tasks_contact', 'crm_tasks', ['contact_id'], unique=False)

    op.create_table('side_effects',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('enrollment_id', sa.Integer(), nullable=False),
    sa.Column('node_id', sa.String(length=36), nullable=False),
    sa.Column('channel', sa.String(length=32), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.Float(), nullable=False),
    sa.Column('finished_at', sa.Float(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['enrollment_id'], ['enrollments.id'], name=op.f('fk_side_effects_enrollment_id_enrollments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_side_effects'))
    )
    op.create_index('ix_side_effects_enrollment', 'side_effects', ['enrollment_id'], unique=False)

    op.create_table('steps',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('enrollment_id', sa.Integer(), nullable=False),
    sa.Column('node_id', sa.String(length=36), nullable=False),
    sa.Column('node_type', sa.String(length=64), nullable=False),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('started_at', sa.Float(), nullable=False),
    sa.Column('finished_at', sa.Float(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['enrollment_id'], ['enrollments.id'], name=op.f('fk_steps_enrollment_id_enrollments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_steps'))
    )
    op.create_index('ix_steps_enrollment', 'steps', ['enrollment_id', 'id'], unique=False)

    op.create_table('work_items',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('enrollment_id', sa.Integer(), nullable=False),
    sa.Column('node_id', sa.String(length=36), nullable=False),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('due_at', sa.Float(), nullable=False),
    sa.Column('state', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['enrollment_id'], ['enrollments.id'], name=op.f('fk_work_items_enrollment_id_enrollments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_work_items'))
    )
    op.create_index('ix_work_items_due', 'work_items', ['due_at'], unique=False)
    op.create_index('ix_work_items_enrollment', 'work_items', ['enrollment_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_work_items_enrollment', table_name='work_items')
    op.drop_index('ix_work_items_due', table_name='work_items')

    op.drop_table('work_items')
    op.drop_index('ix_steps_enrollment', table_name='steps')

    op.drop_table('steps')
    op.drop_index('ix_side_effects_enrollment', table_name='side_effects')

    op.drop_table('side_effects')
    op.drop_index('ix_crm_tasks_contact', table_name='crm_tasks')

    op.drop_table('crm_tasks')
    op.drop_index('ix_timers_due', table_name='timers')

    op.drop_table('timers')
    op.drop_index('ix_enrollments_updated', table_name='enrollments')
    op.drop_index('ix_enrollments_flow_status', table_name='enrollments')
    op.drop_index('ix_enrollments_contact', table_name='enrollments')

    op.drop_table('enrollments')
    op.drop_index('ix_crm_notes_contact', table_name='crm_notes')

    op.drop_table('crm_notes')
    op.drop_index('ix_crm_deals_stage', table_name='crm_deals')
    op.drop_index('ix_crm_deals_contact', table_name='crm_deals')

    op.drop_table('crm_deals')
    op.drop_index('ix_crm_contact_tags_tag', table_name='crm_contact_tags')

    op.drop_table('crm_contact_tags')
    op.drop_table('flow_versions')
    op.drop_table('crm_stages')
    op.drop_index('ix_crm_contacts_updated', table_name='crm_contacts')
    op.drop_index('ix_crm_contacts_owner', table_name='crm_contacts')
    op.drop_index('ix_crm_contacts_name', table_name='crm_contacts')
    op.drop_index('ix_crm_contacts_first_name', table_name='crm_contacts')
    op.drop_index('ix_crm_contacts_created', table_name='crm_contacts')
    op.drop_index('ix_crm_contacts_company', table_name='crm_contacts')

    op.drop_table('crm_contacts')
    op.drop_table('outbox')
    op.drop_table('flows')
    op.drop_table('cursors')
    op.drop_table('crm_users')
    op.drop_table('crm_tags')
    op.drop_table('crm_pipelines')
    op.drop_table('crm_fields')
    op.drop_table('crm_companies')
    op.drop_index('ix_change_events_entity', table_name='change_events')

    op.drop_table('change_events')
    op.drop_table('app_settings')

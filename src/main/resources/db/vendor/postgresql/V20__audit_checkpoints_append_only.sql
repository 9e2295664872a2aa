-- Checkpoints and the heads they cover are append-only like the events (V5).
CREATE TRIGGER audit_checkpoint_append_only
    BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_checkpoint_no_truncate
    BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_checkpoint_head_append_only
    BEFORE UPDATE OR DELETE ON audit_checkpoint_head
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_checkpoint_head_no_truncate
    BEFORE TRUNCATE ON audit_checkpoint_head
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();

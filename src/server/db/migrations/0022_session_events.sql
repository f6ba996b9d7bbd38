-- Cached sessions are dropped in every server process when a session ends or its user's account changes:
-- these triggers raise a 'sessions' event on the event hub's channel, delivered when the transaction commits.
CREATE FUNCTION chancery_session_ended() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('chancery_events', json_build_object('type', 'sessions', 'userIds', json_build_array(OLD.user_id))::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION chancery_user_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('chancery_events', json_build_object('type', 'sessions', 'userIds', json_build_array(OLD.id))::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sessions_ended AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION chancery_session_ended();
--> statement-breakpoint
CREATE TRIGGER users_changed AFTER UPDATE ON users FOR EACH ROW EXECUTE FUNCTION chancery_user_changed();

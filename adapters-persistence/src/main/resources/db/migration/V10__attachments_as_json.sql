-- An attachment is a JSON string or a JSON object (domain Attachment), stored as its JSON text: the references
-- stored before, plain text, become JSON strings.
update task_messages
set attachments = array(select to_json(item)::text from unnest(attachments) as item)
where cardinality(attachments) > 0;

-- A task may concern an RST placement: its volunteer records accompaniment through it, seeing only the case code.
ALTER TABLE task ADD COLUMN placement_id BIGINT NULL, ADD CONSTRAINT fk_task_placement FOREIGN KEY (placement_id) REFERENCES placement (id);

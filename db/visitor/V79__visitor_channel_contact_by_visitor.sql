-- A reply going out through a channel finds its recipient's external user id by the visitor.
CREATE INDEX visitor_channel_contact_by_visitor ON visitor_channel_contact (visitor_id);

-- An email may carry one file (a meeting's calendar invitation).
alter table platform_mail add column attachment_name varchar(255);
alter table platform_mail add column attachment_type varchar(100);
alter table platform_mail add column attachment bytea;

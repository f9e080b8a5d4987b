-- The figures a review was signed on, kept with the signatures so a signed-off review never changes: the two ratios,
-- the two present values, and each outcome's value and each row's quantity, forecast beside actual.
create table sroi_review_figure (
    review_id bigint         not null references sroi_review (id),
    position  integer        not null,
    section   varchar(10)    not null,
    label     varchar(1000)  not null,
    forecast  numeric(30, 6),
    actual    numeric(30, 6),
    primary key (review_id, position)
);

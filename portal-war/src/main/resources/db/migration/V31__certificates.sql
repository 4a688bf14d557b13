-- End-of-service certificates (attestato di fine servizio): one per service year, issued by a coordinator
-- once the year is complete. What the public verification page answers (the volunteer's name and the
-- period) is kept as issued, so that a later change of the account does not change a certificate.
CREATE TABLE certificate (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_year_id  BIGINT       NOT NULL,
    code             VARCHAR(40)  NOT NULL,
    volunteer_name   VARCHAR(200) NOT NULL,
    period_start     DATE         NOT NULL,
    period_end       DATE         NOT NULL,
    issued_at        DATETIME(3)  NOT NULL,
    issued_by        BIGINT       NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_certificate_year UNIQUE (service_year_id),
    CONSTRAINT uq_certificate_code UNIQUE (code),
    CONSTRAINT fk_certificate_year FOREIGN KEY (service_year_id) REFERENCES service_year (id),
    CONSTRAINT fk_certificate_issuer FOREIGN KEY (issued_by) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

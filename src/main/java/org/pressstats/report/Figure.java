package org.pressstats.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One number of a report, at the level (owner, platform) at which the report gave it. */
@Entity
@Table(name = "figure")
public class Figure {

    @Id
    @SequenceGenerator(name = "figure_seq", sequenceName = "figure_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "figure_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    public Report report;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String metric;

    @Enumerated(EnumType.STRING)
    public Owner owner;

    @Enumerated(EnumType.STRING)
    public Platform platform;

    @Column(nullable = false)
    public long value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Qualifier qualifier;

    public String baseline;

    public String note;
}

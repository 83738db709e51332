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

/** An event covered, a special project, a publication or a milestone of the year. */
@Entity
@Table(name = "highlight")
public class Highlight {

    @Id
    @SequenceGenerator(name = "highlight_seq", sequenceName = "highlight_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "highlight_seq")
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "report_id", nullable = false, updatable = false)
    public Report report;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HighlightKind kind;

    @Column(nullable = false)
    public String title;

    public String details;

    public Long quantity;

    public String unit;

    @Column(name = "first_time", nullable = false)
    public boolean firstTime;
}

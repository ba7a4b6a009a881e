package se.arbetsmarknad.participant.demo;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Marks a loaded demo data set. */
@Entity
@Table(name = "demo_data_load")
public class DemoDataLoad {
    @Id
    public String name;
    public int rows;
    @Column(name = "loaded_at")
    public Instant loadedAt;
}

package se.arbetsmarknad.goals.plan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A progress note on an action (lägesbeskrivning), in the order written. */
@Embeddable
public class ActionNote {

    @Column(name = "written_on")
    public LocalDate writtenOn;
    public String author;
    public String text;

    public ActionNote() {
    }

    public ActionNote(LocalDate writtenOn, String author, String text) {
        this.writtenOn = writtenOn;
        this.author = author;
        this.text = text;
    }
}

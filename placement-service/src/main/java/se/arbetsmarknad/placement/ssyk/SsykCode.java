package se.arbetsmarknad.placement.ssyk;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "ssyk_code")
public class SsykCode extends PanacheEntityBase {
    @Id
    public String code;
    public int level;
    public String nameSv;
    public String parent;
}

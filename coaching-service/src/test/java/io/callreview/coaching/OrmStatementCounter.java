package io.callreview.coaching;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Tells {@link OrmWork} of every statement Hibernate prepares; the SQL itself is left as it is. */
@PersistenceUnitExtension
@ApplicationScoped
public class OrmStatementCounter implements StatementInspector {

    @Override
    public String inspect(String sql) {
        OrmWork.statement(sql);
        return sql;
    }
}

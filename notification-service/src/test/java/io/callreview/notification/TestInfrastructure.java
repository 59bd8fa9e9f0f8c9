package io.callreview.notification;

import io.callreview.testsupport.SuiteInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Starts the embedded database, broker and SMTP server once for every test of this service. */
@WithTestResource(value = SuiteInfrastructure.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "notification_test"))
@WithTestResource(value = GreenMailResource.class, scope = TestResourceScope.GLOBAL)
public final class TestInfrastructure {

    private TestInfrastructure() {
    }
}

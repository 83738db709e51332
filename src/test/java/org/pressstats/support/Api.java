package org.pressstats.support;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** RestAssured with an admin token: for tests about behaviour other than access control. */
public final class Api {

    private static final String ADMIN = Tokens.admin();

    private Api() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().auth().oauth2(ADMIN);
    }
}

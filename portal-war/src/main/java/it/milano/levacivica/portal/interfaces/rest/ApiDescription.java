package it.milano.levacivica.portal.interfaces.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes the generated description at {@code /openapi} a valid OpenAPI 3 document that clients can be
 * generated from ({@code mp.openapi.filter}): plain path templates with their parameters declared, one
 * meaningful {@code operationId} per operation, each tag once with its description, the problem+json
 * answers every operation can give. Payara's own {@code endpoints} key, which OpenAPI does not allow, is
 * taken out of the served document by {@code OpenApiDocumentFilter}. {@code ApiIT} validates the result
 * with swagger-parser.
 */
public class ApiDescription implements OASFilter {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([A-Za-z0-9_]+)\\s*:[^}]*}");
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z0-9_]+)}");
    private static final String PROBLEM = "application/problem+json";

    /** Tags, in the order a reader meets them, with what they hold. */
    private static final Map<String, String> TAGS = tags();

    /** {@code METHOD template} → operationId; the Java method names repeat across resources. */
    private static final Map<String, String> IDS = ids();

    private static Map<String, String> tags() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("people", "Accounts: the caller, people and their roles, passwords, API tokens");
        t.put("projects", "Projects and their seats");
        t.put("service years", "Volunteers' service years in a project, with their tutor");
        t.put("hours", "Hours, absences, progress and exports of a service year");
        t.put("timesheets", "Monthly timesheets: submit, approve, reject, reopen, the PDF register");
        t.put("check-ins", "Meetings of volunteers with their tutor, confirmed by both");
        t.put("tasks", "Tasks given to volunteers at check-ins or by social workers");
        t.put("sspt cases", "SSPT cases (special-category data: every read is audited)");
        t.put("rst", "RST temporary housing: units, placements, the Social Pact, the waiting list");
        t.put("privacy", "Privacy by design: retention, a person's copy of their data, rectification and restriction (docs/privacy.md)");
        t.put("reports", "The year's report for the Comune (coordinators, administrators): JSON, PDF, XLSX");
        t.put("audit", "The hash-chained audit trail (administrators)");
        t.put("operations", "Liveness of the API");
        return t;
    }

    private static Map<String, String> ids() {
        Map<String, String> m = new TreeMap<>();
        String[][] rows = {
            {"DELETE /api/v1/absences/{id}", "deleteAbsence"},
            {"GET /api/v1/audit", "searchAudit"},
            {"GET /api/v1/audit/chain", "verifyAuditChain"},
            {"GET /api/v1/case-statistics", "getCaseStatistics"},
            {"POST /api/v1/cases", "createCase"},
            {"GET /api/v1/cases", "listCases"},
            {"GET /api/v1/cases/overdue-checks", "listOverdueChecks"},
            {"GET /api/v1/cases/{id}", "getCase"},
            {"PUT /api/v1/cases/{id}", "updateCase"},
            {"POST /api/v1/cases/{id}/collaborators", "addCaseCollaborator"},
            {"POST /api/v1/cases/{id}/goals", "addCaseGoal"},
            {"POST /api/v1/cases/{id}/interventions", "addCaseIntervention"},
            {"POST /api/v1/cases/{id}/members", "addHouseholdMember"},
            {"PUT /api/v1/cases/{id}/members/{memberId}", "rectifyHouseholdMember"},
            {"GET /api/v1/cases/{id}/members/{memberId}/personal-data", "getCaseMemberPersonalData"},
            {"GET /api/v1/cases/{id}/members/{memberId}/personal-data.pdf", "getCaseMemberPersonalDataPdf"},
            {"POST /api/v1/cases/{id}/restriction", "restrictCase"},
            {"POST /api/v1/cases/{id}/monitoring", "addCaseMonitoring"},
            {"POST /api/v1/cases/{id}/tasks", "shareCaseTask"},
            {"POST /api/v1/cases/{id}/transitions", "moveCase"},
            {"POST /api/v1/check-ins", "recordCheckIn"},
            {"POST /api/v1/check-ins/{id}/confirm", "confirmCheckIn"},
            {"POST /api/v1/check-ins/{id}/remark", "remarkCheckIn"},
            {"GET /api/v1/entries", "exportEntries"},
            {"GET /api/v1/entries/{id}", "getEntry"},
            {"DELETE /api/v1/entries/{id}", "deleteEntry"},
            {"PUT /api/v1/entries/{id}", "updateEntry"},
            {"GET /api/v1/me", "getMe"},
            {"PUT /api/v1/me/password", "changeMyPassword"},
            {"GET /api/v1/me/personal-data", "getMyPersonalData"},
            {"GET /api/v1/me/personal-data.pdf", "getMyPersonalDataPdf"},
            {"GET /api/v1/me/tokens", "listMyTokens"},
            {"GET /api/v1/me/calendar-feed", "getMyCalendarFeed"},
            {"POST /api/v1/me/calendar-feed", "createMyCalendarFeed"},
            {"DELETE /api/v1/me/calendar-feed", "revokeMyCalendarFeed"},
            {"GET /api/v1/me/reminders", "getMyReminderChoices"},
            {"PUT /api/v1/me/reminders", "setMyReminderChoices"},
            {"GET /api/v1/reminders", "getReminderOverview"},
            {"POST /api/v1/reminders/run", "runReminders"},
            {"GET /api/v1/service-years/{id}/certificate/readiness", "getCertificateReadiness"},
            {"POST /api/v1/service-years/{id}/certificate", "issueCertificate"},
            {"GET /api/v1/service-years/{id}/certificate", "getCertificate"},
            {"GET /api/v1/service-years/{id}/certificate/certificate.pdf", "getCertificatePdf"},
            {"POST /api/v1/me/tokens", "createMyToken"},
            {"DELETE /api/v1/me/tokens/{id}", "revokeMyToken"},
            {"GET /api/v1/me/tokens/{id}", "getMyToken"},
            {"POST /api/v1/people", "createPerson"},
            {"GET /api/v1/people", "listPeople"},
            {"GET /api/v1/people/{id}", "getPerson"},
            {"PUT /api/v1/people/{id}/account", "updateAccount"},
            {"PUT /api/v1/people/{id}/password", "resetPassword"},
            {"POST /api/v1/people/{id}/tokens", "createServiceToken"},
            {"PUT /api/v1/people/{id}/fiscal-code", "setFiscalCode"},
            {"DELETE /api/v1/people/{id}/second-factor", "resetSecondFactor"},
            {"GET /api/v1/ping", "ping"},
            {"POST /api/v1/projects", "createProject"},
            {"GET /api/v1/projects", "listProjects"},
            {"GET /api/v1/projects/{id}", "getProject"},
            {"PUT /api/v1/projects/{id}", "updateProject"},
            {"GET /api/v1/reports/year/{year}", "getYearReport"},
            {"GET /api/v1/reports/year/{year}/report.pdf", "getYearReportPdf"},
            {"GET /api/v1/reports/year/{year}/report.xlsx", "getYearReportXlsx"},
            {"POST /api/v1/reports/year/{year}/update", "updateYearReport"},
            {"GET /api/v1/retention", "getRetentionPeriods"},
            {"POST /api/v1/retention/run", "runRetention"},
            {"GET /api/v1/rst/alerts", "listRstAlerts"},
            {"POST /api/v1/rst/cases/{caseId}/placements", "placePerson"},
            {"GET /api/v1/rst/cases/{caseId}/placements", "listCasePlacements"},
            {"POST /api/v1/rst/cases/{caseId}/waiting-list", "addToWaitingList"},
            {"GET /api/v1/rst/occupancy", "getOccupancy"},
            {"POST /api/v1/rst/pact-steps/{id}/outcome", "recordPactStepOutcome"},
            {"GET /api/v1/rst/placements/{id}", "getPlacement"},
            {"POST /api/v1/rst/placements/{id}/accompaniment", "recordAccompaniment"},
            {"POST /api/v1/rst/placements/{id}/extend", "extendPlacement"},
            {"POST /api/v1/rst/placements/{id}/pact/agreements", "recordPactAgreement"},
            {"POST /api/v1/rst/placements/{id}/pact/goals", "addPactGoal"},
            {"POST /api/v1/rst/placements/{id}/pact/steps", "addPactStep"},
            {"POST /api/v1/rst/placements/{id}/tasks", "sharePlacementTask"},
            {"POST /api/v1/rst/tasks/{taskId}/accompaniment", "recordAccompanimentThroughTask"},
            {"POST /api/v1/rst/units", "addHousingUnit"},
            {"GET /api/v1/rst/units", "listHousingUnits"},
            {"GET /api/v1/rst/waiting-list", "getWaitingList"},
            {"POST /api/v1/service-years", "createServiceYear"},
            {"GET /api/v1/service-years", "listServiceYears"},
            {"GET /api/v1/service-years/{id}", "getServiceYear"},
            {"PUT /api/v1/service-years/{id}", "updateServiceYear"},
            {"POST /api/v1/service-years/{id}/absences", "addAbsence"},
            {"GET /api/v1/service-years/{id}/absences", "listAbsences"},
            {"GET /api/v1/service-years/{id}/check-ins", "listCheckIns"},
            {"POST /api/v1/service-years/{id}/entries", "createEntry"},
            {"GET /api/v1/service-years/{id}/entries", "listEntries"},
            {"GET /api/v1/service-years/{id}/status", "getServiceYearStatus"},
            {"POST /api/v1/service-years/{id}/tasks", "createTask"},
            {"GET /api/v1/service-years/{id}/tasks", "listTasks"},
            {"GET /api/v1/service-years/{id}/timesheets", "listTimesheets"},
            {"GET /api/v1/service-years/{id}/timesheets/{month}", "getTimesheet"},
            {"POST /api/v1/service-years/{id}/timesheets/{month}/approve", "approveTimesheet"},
            {"GET /api/v1/service-years/{id}/timesheets/{month}/register.pdf", "getRegisterPdf"},
            {"POST /api/v1/service-years/{id}/timesheets/{month}/reject", "rejectTimesheet"},
            {"POST /api/v1/service-years/{id}/timesheets/{month}/reopen", "reopenTimesheet"},
            {"POST /api/v1/service-years/{id}/timesheets/{month}/submit", "submitTimesheet"},
            {"PUT /api/v1/tasks/{id}", "updateTask"},
            {"POST /api/v1/tasks/{id}/cancel", "cancelTask"},
            {"POST /api/v1/tasks/{id}/done", "markTaskDone"},
        };
        for (String[] r : rows) {
            m.put(r[0], r[1]);
        }
        return m;
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.setTags(new ArrayList<>(TAGS.entrySet().stream()
                .map(e -> OASFactory.createTag().name(e.getKey()).description(e.getValue())).toList()));
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        typeSchemas(api.getComponents());
        api.getComponents().addSchema("Problem", problemSchema());
        Paths old = api.getPaths();
        if (old == null) {
            return;
        }
        Map<String, List<java.lang.reflect.Method>> methods = ApiTypes.operations();
        Paths paths = OASFactory.createPaths();
        for (Map.Entry<String, PathItem> e : new TreeMap<>(old.getPathItems()).entrySet()) {
            String template = plain(e.getKey());
            PathItem item = e.getValue();
            item.getOperations().forEach((method, op) -> {
                describe(template, method, op);
                typeOperation(op, methods.getOrDefault(method.name() + " " + template, List.of()), api.getComponents());
            });
            paths.addPathItem(template, item);
        }
        api.setPaths(paths);
    }

    /**
     * Payara's generator describes days, times, ids and the enums of core-lib as {@code object} or {@code number}:
     * each property of a record the API reads or answers gets the schema of its Java type ({@link ApiTypes}),
     * {@code nullable} unless it is a primitive; enums described once get their {@code type} and exactly their constants.
     */
    private static void typeSchemas(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        Map<String, Class<?>> records = ApiTypes.records();
        for (Map.Entry<String, Schema> e : components.getSchemas().entrySet()) {
            Schema schema = e.getValue();
            Class<?> type = records.get(e.getKey());
            if (type != null && type.isEnum()) {
                // the generator leaves out the type and counts an enum's constant fields (Role.READ_CASE_CONTENT) as values
                schema.setType(Schema.SchemaType.STRING);
                schema.setEnumeration(ApiTypes.names(type));
                continue;
            }
            if (schema.getEnumeration() != null && schema.getType() == null) {
                schema.setType(Schema.SchemaType.STRING);
            }
            if (type == null || schema.getProperties() == null) {
                continue;
            }
            Map<String, java.lang.reflect.RecordComponent> javaTypes = ApiTypes.components(type);
            Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
            properties.replaceAll((name, old) -> {
                java.lang.reflect.RecordComponent rc = javaTypes.get(name);
                if (rc == null || old.getRef() != null || (old.getItems() != null && old.getItems().getRef() != null)) {
                    return old; // a record or an enum described once, by reference
                }
                Schema typed = ApiTypes.schema(rc.getGenericType(), true);
                return typed == null ? old : typed;
            });
            schema.setProperties(properties);
        }
    }

    /**
     * Parameters get the schema of their Java type; {@code limit} and {@code cursor} say how pages work and a paged
     * answer declares its {@code Link} header; an answer in JSON that the generator left out (a list that also
     * answers CSV) is described.
     */
    private static void typeOperation(Operation op, List<java.lang.reflect.Method> methods, Components components) {
        if (methods.isEmpty()) {
            return;
        }
        boolean paged = false;
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                String in = p.getIn() == Parameter.In.QUERY ? "query" : p.getIn() == Parameter.In.PATH ? "path" : "";
                if ("query".equals(in) && "limit".equals(p.getName())) {
                    p.setSchema(ApiTypes.limit());
                    p.setDescription("How many items at most: 1 to " + Paging.MAX_LIMIT + ", " + Paging.DEFAULT_LIMIT + " when absent");
                    continue;
                }
                if ("query".equals(in) && "cursor".equals(p.getName())) {
                    paged = true;
                    p.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
                    p.setDescription("Where the page starts: copied from the previous page's Link rel=\"next\" (opaque)");
                    continue;
                }
                java.lang.reflect.Type type = methods.stream().map(m -> ApiTypes.parameter(m, in, p.getName()))
                        .filter(java.util.Objects::nonNull).findFirst().orElse(null);
                Schema typed = type == null || type == String.class ? null : ApiTypes.schema(type, false);
                if (typed != null) {
                    if ("path".equals(in) && typed.getType() == Schema.SchemaType.INTEGER) {
                        typed.minimum(java.math.BigDecimal.ONE);
                    }
                    p.setSchema(typed);
                }
            }
        }
        APIResponses responses = op.getResponses();
        APIResponse ok = responses == null ? null : responses.getAPIResponse("200") != null ? responses.getAPIResponse("200")
                : responses.getDefaultValue();
        if (ok == null) {
            return;
        }
        if (paged) {
            ok.addHeader("Link", OASFactory.createHeader().schema(OASFactory.createSchema().type(Schema.SchemaType.STRING))
                    .description("When more items follow: <the next page's URL>; rel=\"next\""));
        }
        for (java.lang.reflect.Method m : methods) {
            java.lang.reflect.Type answer = m.getGenericReturnType();
            Schema schema = answerSchema(answer, components);
            if (schema == null || !producesJson(m)) {
                continue;
            }
            if (ok.getContent() == null) {
                ok.setContent(OASFactory.createContent());
            }
            if (ok.getContent().getMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON) == null) {
                ok.getContent().addMediaType(jakarta.ws.rs.core.MediaType.APPLICATION_JSON, OASFactory.createMediaType().schema(schema));
            }
        }
    }

    /** @return a JSON answer's schema: a record or a list of records by reference, when the generator described them */
    private static Schema answerSchema(java.lang.reflect.Type answer, Components components) {
        java.lang.reflect.Type item = answer;
        boolean list = answer instanceof java.lang.reflect.ParameterizedType p && p.getRawType() == List.class;
        if (list) {
            item = ((java.lang.reflect.ParameterizedType) answer).getActualTypeArguments()[0];
        }
        if (!(item instanceof Class<?> c) || !c.isRecord() || components.getSchemas() == null
                || !components.getSchemas().containsKey(c.getSimpleName())) {
            return null;
        }
        Schema ref = OASFactory.createSchema().ref("#/components/schemas/" + c.getSimpleName());
        return list ? OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(ref) : ref;
    }

    private static boolean producesJson(java.lang.reflect.Method m) {
        jakarta.ws.rs.Produces produces = m.isAnnotationPresent(jakarta.ws.rs.Produces.class) ? m.getAnnotation(jakarta.ws.rs.Produces.class)
                : m.getDeclaringClass().getAnnotation(jakarta.ws.rs.Produces.class);
        return produces != null && java.util.Arrays.stream(produces.value()).anyMatch(v -> v.startsWith(jakarta.ws.rs.core.MediaType.APPLICATION_JSON));
    }

    /** @param key {@code METHOD template} @return the operation's id, or null when the table lacks it */
    static String operationId(String key) {
        return IDS.get(key);
    }

    /** {@code /cases/{id: [0-9]+}} → {@code /cases/{id}} (the ids are checked in code). */
    static String plain(String template) {
        return TEMPLATE.matcher(template).replaceAll("{$1}");
    }

    private static void describe(String template, PathItem.HttpMethod method, Operation op) {
        String id = IDS.get(method.name() + " " + template);
        if (id != null) {
            op.setOperationId(id);
        }
        if (template.startsWith("/api/v1/audit")) {
            op.setTags(new ArrayList<>(List.of("audit")));
        } else if (op.getTags() != null) {
            op.setTags(new ArrayList<>(new java.util.LinkedHashSet<>(op.getTags())));
        }
        declarePathParameters(template, op);
        APIResponses responses = op.getResponses() == null ? OASFactory.createAPIResponses() : op.getResponses();
        boolean write = method != PathItem.HttpMethod.GET;
        List<String> codes = new ArrayList<>(List.of("400", "401", "403", "404", "406", "429", "500"));
        if (write && !"updateYearReport".equals(id)) { // making a report again reads no body and changes no record
            codes.addAll(List.of("409", "412", "413", "415", "422", "423"));
        }
        for (String code : codes) {
            if (responses.getAPIResponse(code) == null) {
                responses.addAPIResponse(code, problem(code));
            }
        }
        if ("createEntry".equals(id)) {
            idempotent(responses);
        }
        op.setResponses(responses);
    }

    /** A create that honours {@code Idempotency-Key}: its repeats and the refusal of a key used for another body. */
    private static void idempotent(APIResponses responses) {
        responses.getAPIResponse("422").setDescription("The programme's rules refuse it: `violations` lists each rule broken; "
                + "or the Idempotency-Key was used in the last 24 hours for another body: `/problems/idempotency-key-reused`");
        APIResponse ok = responses.getAPIResponse("201") != null ? responses.getAPIResponse("201") : responses.getDefaultValue();
        if (ok != null) {
            ok.addHeader("Idempotent-Replayed", OASFactory.createHeader().schema(OASFactory.createSchema().type(Schema.SchemaType.STRING)
                    .enumeration(List.of("true"))).description("Present when this is the remembered answer of an earlier request with the same Idempotency-Key"));
        }
    }

    private static void declarePathParameters(String template, Operation op) {
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            String name = m.group(1);
            List<Parameter> params = op.getParameters() == null ? new ArrayList<>() : new ArrayList<>(op.getParameters());
            boolean declared = params.stream().anyMatch(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.PATH);
            if (!declared) {
                if ("year".equals(name)) {
                    params.add(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true).description("a calendar year")
                            .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                                    .minimum(java.math.BigDecimal.valueOf(2000)).maximum(java.math.BigDecimal.valueOf(2100))));
                    op.setParameters(params);
                    continue;
                }
                boolean month = "month".equals(name);
                params.add(OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true)
                        .description(month ? "a month, yyyy-MM" : "the record's id")
                        .schema(month ? OASFactory.createSchema().type(Schema.SchemaType.STRING).pattern("^[0-9]{4}-[0-9]{2}$")
                                : OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64").minimum(java.math.BigDecimal.ONE)));
            } else {
                params.stream().filter(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.PATH).forEach(p -> p.setRequired(true));
            }
            op.setParameters(params);
        }
    }

    private static APIResponse problem(String code) {
        String what = switch (code) {
            case "400" -> "Invalid input: `errors` names each field";
            case "401" -> "Not signed in";
            case "403" -> "The role does not allow it, a cross-site request, a missing CSRF token, or a restricted case read without a reason";
            case "404" -> "No such record, or one the caller may not see";
            case "406" -> "The representation asked for is not available";
            case "409" -> "A conflict with the current state (duplicate, no free place, concurrent change)";
            case "412" -> "The version sent is not the current one";
            case "413" -> "The body is over 1 MB";
            case "415" -> "The body is not JSON";
            case "422" -> "The programme's rules refuse it: `violations` lists each rule broken";
            case "423" -> "The month is submitted or approved, or the case is restricted";
            case "429" -> "Too many failed sign-ins from this address";
            default -> "An unexpected error: `detail` carries an id to find in the log";
        };
        MediaType json = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        Content content = OASFactory.createContent().addMediaType(PROBLEM, json);
        return OASFactory.createAPIResponse().description(what).content(content);
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().type(Schema.SchemaType.STRING);
        Schema violation = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("rule", string).addProperty("severity", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .enumeration(List.of("ERROR", "WARNING")))
                .addProperty("field", string).addProperty("message", string)
                .addProperty("values", OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesBoolean(Boolean.TRUE));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; `detail` in Italian, or English with Accept-Language: en")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).example("/problems/invalid-input"))
                .addProperty("title", string)
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string)
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesSchema(string))
                .addProperty("violations", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(violation))
                .required(List.of("type", "title", "status"));
    }
}

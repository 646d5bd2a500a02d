package io.vcdsim.core;

/** How a {@link Kind} is declared: the name first, then what it has, then {@link #done}. */
final class KindDeclaration {
    final String name;
    String urnType;
    String userPath;
    String userMediaType;
    String adminPath;
    String adminMediaType;
    String cloudApiPath;
    boolean referencedAtAdmin;
    Right viewRight;
    Right editRight;
    boolean metadata;
    String table;
    String orgColumn;
    String where;
    String nameColumn = "name";
    String query;
    String adminQuery;

    private KindDeclaration(String name) {
        this.name = name;
    }

    /** Where a kind's declaration starts: its name. */
    static KindDeclaration declare(String name) {
        return new KindDeclaration(name);
    }

    KindDeclaration urn(String type) {
        this.urnType = type;
        return this;
    }

    KindDeclaration user(String path, String mediaType) {
        this.userPath = path;
        this.userMediaType = mediaType;
        return this;
    }

    KindDeclaration admin(String path, String mediaType) {
        this.adminPath = path;
        this.adminMediaType = mediaType;
        return this;
    }

    /** Where the cloudapi serves an object of a kind that has no {@code /api} view: this, then its URN. */
    KindDeclaration cloudApi(String path) {
        this.cloudApiPath = path;
        return this;
    }

    /** Tasks, events and metadata refer to the admin view of objects of this kind. */
    KindDeclaration referencedAtAdmin() {
        this.referencedAtAdmin = true;
        return this;
    }

    KindDeclaration rights(Right view, Right edit) {
        this.viewRight = view;
        this.editRight = edit;
        return this;
    }

    KindDeclaration metadata() {
        this.metadata = true;
        return this;
    }

    KindDeclaration table(String name, String org) {
        return table(name, org, null);
    }

    KindDeclaration table(String name, String org, String condition) {
        this.table = name;
        this.orgColumn = org;
        this.where = condition;
        return this;
    }

    /** The table of provider objects: they belong to the System org, whose metadata they are kept under. */
    KindDeclaration providerTable(String name) {
        return table(name, "(SELECT o.id FROM org o WHERE o.is_system)");
    }

    /** A column other than {@code name} names the object (a task's stored name is mostly just "task"). */
    KindDeclaration named(String column) {
        this.nameColumn = column;
        return this;
    }

    KindDeclaration queries(String user, String admin) {
        this.query = user;
        this.adminQuery = admin;
        return this;
    }

    Kind done() {
        if (urnType == null) {
            throw new IllegalStateException("kind " + name + " has no URN type");
        }
        Kind kind = new Kind(this);
        if (Kind.BY_NAME.putIfAbsent(name, kind) != null) {
            throw new IllegalStateException("two kinds are named " + name);
        }
        return kind;
    }
}

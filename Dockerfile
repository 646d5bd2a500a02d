# vcdsim as a service. Build the jar first, then the image:
#   mvn -q package -DskipTests && docker build -t vcdsim .
#   docker run -p 8080:8080 -p 8443:8443 -e VCDSIM_ADMIN_PASSWORD=choose-one vcdsim
# It listens on every address of the container, so it wants an administrator password (it refuses the default
# one off loopback). State lives in /var/lib/vcdsim: mount a volume there to keep it across containers.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /var/lib/vcdsim vcdsim \
    && mkdir -p /var/lib/vcdsim && chown vcdsim /var/lib/vcdsim
COPY target/vcdsim.jar /opt/vcdsim/vcdsim.jar
USER vcdsim
ENV VCDSIM_BIND=0.0.0.0 VCDSIM_DATA_DIR=/var/lib/vcdsim
VOLUME /var/lib/vcdsim
EXPOSE 8080 8443
# /ready answers 200 once the store is migrated and seeded and the listeners are up
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-jar", "/opt/vcdsim/vcdsim.jar"]

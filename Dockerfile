# The services image: one jar that runs any set of services (see --services), built from source.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY family-api family-api
COPY kernel kernel
COPY fonts fonts
COPY services services
COPY family-testkit family-testkit
COPY families families
COPY product product
RUN mvn -B -q -ntp -DskipTests package

FROM eclipse-temurin:17-jre
RUN useradd --system --home /var/lib/bulletin bulletin && mkdir -p /var/lib/bulletin && chown bulletin /var/lib/bulletin
USER bulletin
WORKDIR /var/lib/bulletin
COPY --from=build /src/product/target/bulletin-platform.jar /opt/bulletin/bulletin-platform.jar
ENV DATA_DIR=/var/lib/bulletin HTTP_HOST=0.0.0.0 JAVA_TOOL_OPTIONS="-Dhazelcast.phone.home.enabled=false"
ENTRYPOINT ["java", "-jar", "/opt/bulletin/bulletin-platform.jar"]
